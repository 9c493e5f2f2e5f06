/**
 * The web conventions of every Wegwijs API: problem details, paging, error exceptions, strict request
 * bodies.
 *
 * <ul>
 *   <li>Every error is {@code application/problem+json} with {@code type}, {@code title}, {@code
 *       status}, {@code detail} and, for invalid input, {@code errors: [{field, message}]}: the
 *       platform's exceptions ({@link nl.wegwijs.platform.web.NotFoundException}, {@link
 *       nl.wegwijs.platform.web.ConflictException}, {@link
 *       nl.wegwijs.platform.web.InvalidRequestException}), bean validation, Spring MVC's own errors
 *       (unknown path, 405, 406, 415, ...) ({@link nl.wegwijs.platform.web.ProblemDetailsAdvice}) and
 *       errors outside Spring MVC ({@link nl.wegwijs.platform.web.ProblemErrorController}).
 *   <li>Request bodies are read strictly ({@link nl.wegwijs.platform.web.RequestBodyJson}): no
 *       control characters other than tab, CR and LF in any string, no conversion between JSON types
 *       (a number is not text, {@code 2.7} is not a whole number, an enum is its name). Bidirectional
 *       controls are taken out and text with nothing visible in it is empty ({@link
 *       nl.wegwijs.platform.web.InvisibleText}), so "must not be blank" refuses it. Unknown
 *       properties are still ignored; events and stored documents keep the tolerant application mapper.
 *   <li>A unique constraint violated by two identical requests at once, escaping a service, is a 409
 *       "retry"; a value the database cannot store is a 400. Services may still handle either better.
 *   <li>{@link nl.wegwijs.platform.web.MaxCodePoints} limits text by characters (code points) as people
 *       and PostgreSQL count them; {@code @Size} counts UTF-16 units, so emoji count twice.
 * </ul>
 */
package nl.wegwijs.platform.web;
