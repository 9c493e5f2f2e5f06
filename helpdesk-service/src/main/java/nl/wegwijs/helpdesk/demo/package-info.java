/** Realistic demo questions and a case on first start of a local run ({@code wegwijs.demo-data=true}). */
package nl.wegwijs.helpdesk.demo;
