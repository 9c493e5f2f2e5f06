package nl.wegwijs.knowledge.drafts;

/** A draft's first title, made from a question: its first sentence, at most 120 characters. */
final class Titles {

    static final String REMOVED = "(question removed at the person's request)";
    private static final int MAX = 120;

    private Titles() {}

    static String fromQuestion(String question) {
        String text = question.strip().replaceAll("\\s+", " ");
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '?' || c == '.' || c == '!') && i >= 10) {
                end = i + 1;
                break;
            }
        }
        String title = end > 0 ? text.substring(0, end) : text;
        if (title.length() > MAX) {
            int cut = title.lastIndexOf(' ', MAX - 1);
            title = title.substring(0, cut > 20 ? cut : MAX - 1) + "…";
        }
        return title;
    }
}
