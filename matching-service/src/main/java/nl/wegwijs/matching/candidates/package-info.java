/**
 * Candidate profiles kept by job coaches: what they can, where they live, when and on what basis they may work;
 * and their erasure, on a coach's request or when the helpdesk erases the person ({@code PersonErased}).
 */
package nl.wegwijs.matching.candidates;
