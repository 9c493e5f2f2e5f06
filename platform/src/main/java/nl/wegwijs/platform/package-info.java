/** What every Wegwijs service shares and nothing more: messaging plumbing, token checks, error shapes. */
package nl.wegwijs.platform;
