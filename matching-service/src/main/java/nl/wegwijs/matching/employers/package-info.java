/** Employers registered by an administrator: the owners of vacancies and API keys. */
package nl.wegwijs.matching.employers;
