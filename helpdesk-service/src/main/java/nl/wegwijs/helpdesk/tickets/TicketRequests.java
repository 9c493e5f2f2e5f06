package nl.wegwijs.helpdesk.tickets;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the ticket API, validated before anything is stored. */
final class TicketRequests {

    static final int MAX_TEXT = 5000;
    static final String PHONE = "[+0-9 ()./-]{6,40}";

    private TicketRequests() {}

    record PublicQuestion(
            @NotBlank @Size(max = MAX_TEXT) String text,

            @LanguageCode String language,

            @Size(max = 200) String name,
            @Email @Size(max = 320) String email,

            @Pattern(regexp = PHONE, message = "must be a phone number")
            String phone) {}

    record StaffQuestion(
            @NotBlank @Size(max = MAX_TEXT) String text,

            @LanguageCode String language,

            @NotNull Channel channel,
            @Size(max = 200) String name,
            @Email @Size(max = 320) String email,

            @Pattern(regexp = PHONE, message = "must be a phone number")
            String phone,

            @Size(max = 80) String topic) {}

    record Assign(
            @NotBlank @Pattern(regexp = "[\\p{L}0-9._@-]{1,100}", message = "must be a user name")
            String assignee) {}

    record Answer(
            @NotBlank @Size(max = MAX_TEXT) String text,

            @NotBlank @LanguageCode String language,

            @Size(max = 80) String topic) {}

    record Correction(
            @LanguageCode String language, @Size(max = 80) String topic) {}

    record NewNote(@NotBlank @Size(max = MAX_TEXT) String text) {}
}
