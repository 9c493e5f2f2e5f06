/** Response times (median and 90th percentile to the first answer) and questions per week, for the dashboard. */
package nl.wegwijs.helpdesk.stats;
