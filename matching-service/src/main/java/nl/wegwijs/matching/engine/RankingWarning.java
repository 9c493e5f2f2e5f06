package nl.wegwijs.matching.engine;

/**
 * Why a ranking may be empty, by the vacancy field it concerns ({@code skills[0]}, {@code certificates[1]}): a
 * required skill or certificate no candidate has, and whether the skill vocabulary knows it.
 */
public record RankingWarning(String field, String message) {}
