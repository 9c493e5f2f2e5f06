/** Demo data for the one-command local run: two employers, six vacancies, ten candidates. */
package nl.wegwijs.matching.demo;
