/** Published articles: versions with history, translations flagged outdated, review-by dates, retirement. */
package nl.wegwijs.knowledge.articles;
