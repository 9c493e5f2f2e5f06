/** Candidate profiles kept by job coaches: what they can, where they live, when and on what basis they may work. */
package nl.wegwijs.matching.candidates;
