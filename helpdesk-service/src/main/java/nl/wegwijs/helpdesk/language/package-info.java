/** Which language a short question is written in (Lingua, plus Ukrainian and Russian typed in Latin letters). */
package nl.wegwijs.helpdesk.language;
