package nl.wegwijs.expertpool.experts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.platform.web.MaxCodePoints;

/** A new expert or a full update of one. */
public record ExpertRequest(
        @NotBlank @MaxCodePoints(200) String name,

        @NotEmpty @Size(max = 10)
        List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as uk") String> languages,

        @MaxCodePoints(100) String city,
        @NotEmpty @Size(max = 30) List<@NotBlank @MaxCodePoints(100) String> themes,
        @NotNull @Valid Consent consent,
        @Email @MaxCodePoints(200) String email,

        @MaxCodePoints(50) @Pattern(regexp = "[+0-9 ()./-]*", message = "must be a phone number")
        String phone,

        UUID helpdeskTicketId) {}
