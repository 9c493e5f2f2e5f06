/**
 * Briefs for members of parliament: chosen agenda points with their theme, support, anonymous quotes
 * (only where consent allows) and related helpdesk figures, as JSON, Markdown and a printable page.
 */
package nl.wegwijs.expertpool.briefs;
