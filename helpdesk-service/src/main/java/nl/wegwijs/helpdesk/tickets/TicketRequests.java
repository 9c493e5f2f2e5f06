package nl.wegwijs.helpdesk.tickets;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.wegwijs.platform.web.IsoLanguage;
import nl.wegwijs.platform.web.MaxCodePoints;

/**
 * Request bodies of the ticket API, validated before anything is stored. Contact fields lose surrounding whitespace
 * before they are validated and stored ("oksana@ukr.net " pasted from a mail is a well-formed address); one that is
 * only whitespace is absent.
 */
final class TicketRequests {

    static final int MAX_TEXT = 5000;
    static final String PHONE = "[+0-9 ()./-]{6,40}";

    private TicketRequests() {}

    record PublicQuestion(
            @NotBlank @MaxCodePoints(MAX_TEXT) String text,

            @IsoLanguage(orUnknown = true) String language,

            @MaxCodePoints(200) String name,
            @Email @MaxCodePoints(320) String email,

            @Pattern(regexp = PHONE, message = "must be a phone number")
            String phone) {

        PublicQuestion {
            name = Contact.trimmed(name);
            email = Contact.trimmed(email);
            phone = Contact.trimmed(phone);
        }
    }

    record StaffQuestion(
            @NotBlank @MaxCodePoints(MAX_TEXT) String text,

            @IsoLanguage(orUnknown = true) String language,

            @NotNull Channel channel,
            @MaxCodePoints(200) String name,
            @Email @MaxCodePoints(320) String email,

            @Pattern(regexp = PHONE, message = "must be a phone number")
            String phone,

            @MaxCodePoints(80) String topic) {

        StaffQuestion {
            name = Contact.trimmed(name);
            email = Contact.trimmed(email);
            phone = Contact.trimmed(phone);
        }
    }

    record Assign(
            @NotBlank @Pattern(regexp = "[\\p{L}0-9._@-]{1,100}", message = "must be a user name")
            String assignee) {}

    record Answer(
            @NotBlank @MaxCodePoints(MAX_TEXT) String text,

            @NotBlank @IsoLanguage(orUnknown = true) String language,

            @MaxCodePoints(80) String topic) {}

    record Correction(
            @IsoLanguage(orUnknown = true) String language,
            @MaxCodePoints(80) String topic) {}

    record NewNote(@NotBlank @MaxCodePoints(MAX_TEXT) String text) {}
}
