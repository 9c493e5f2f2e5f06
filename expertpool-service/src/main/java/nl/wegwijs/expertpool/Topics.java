package nl.wegwijs.expertpool;

/** The topics this service writes to; the record key is always the aggregate id. */
public final class Topics {

    public static final String EXPERT = "expertpool.expert.v1";
    public static final String SESSION = "expertpool.session.v1";
    public static final String AGENDA = "expertpool.agenda.v1";
    public static final String ANALYTICS = "analytics.expertpool.v1";

    public static final String TYPE_PREFIX = "nl.wegwijs.expertpool.";
    public static final String ANALYTICS_TYPE_PREFIX = "nl.wegwijs.analytics.expertpool.";

    private Topics() {}
}
