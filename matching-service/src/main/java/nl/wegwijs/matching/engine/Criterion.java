package nl.wegwijs.matching.engine;

/** One line of an explanation: which criterion, whether it was met, and by how much. */
public record Criterion(String criterion, boolean met, String detail) {}
