/** The helpdesk: questions in any language, answers by staff and superlocals, topics, cases, response times. */
package nl.wegwijs.helpdesk;
