package nl.wegwijs.matching.apikeys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.wegwijs.matching.apikeys.ApiKeys.IssuedKey;
import nl.wegwijs.matching.apikeys.ApiKeys.KeyInfo;
import nl.wegwijs.matching.employers.Employers;
import nl.wegwijs.platform.web.NotFoundException;
import nl.wegwijs.platform.web.PagedItems;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/matching/employers/{employerId}/api-keys")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "API keys (ADMIN)")
class ApiKeyController {

    private final ApiKeys keys;
    private final Employers employers;

    ApiKeyController(ApiKeys keys, Employers employers) {
        this.keys = keys;
        this.employers = employers;
    }

    @PostMapping
    @Operation(
            summary = "Issue an API key",
            description = "The key is in this answer only; Wegwijs keeps just its SHA-256 hash. Keys look like "
                    + "wgw_live_<43 base62>_<6 base62 CRC32> so that a leaked key can be recognised.")
    ResponseEntity<IssuedKey> issue(@PathVariable UUID employerId) {
        requireEmployer(employerId);
        IssuedKey issued = keys.issue(employerId);
        return ResponseEntity.created(
                        URI.create("/api/matching/employers/" + employerId + "/api-keys/" + issued.keyId()))
                .cacheControl(CacheControl.noStore())
                .body(issued);
    }

    @GetMapping
    @Operation(
            summary = "List an employer's keys with prefix, issue, revocation and last-used times",
            description = "{items, page, size, total} like every list: ?page=0&size=20 (size capped at 100), "
                    + "oldest key first.")
    PagedItems<KeyInfo> list(
            @PathVariable UUID employerId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PagedItems.request(page, size, Sort.unsorted());
        requireEmployer(employerId);
        return new PagedItems<>(
                keys.page(employerId, request.getOffset(), request.getPageSize()),
                page,
                request.getPageSize(),
                keys.count(employerId));
    }

    @GetMapping("/{keyId}")
    KeyInfo one(@PathVariable UUID employerId, @PathVariable UUID keyId) {
        return keys.find(employerId, keyId).orElseThrow(() -> new NotFoundException("API key", keyId));
    }

    @DeleteMapping("/{keyId}")
    @Operation(summary = "Revoke a key (idempotent); the gateway stops accepting it once it reads the event")
    ResponseEntity<Void> revoke(@PathVariable UUID employerId, @PathVariable UUID keyId) {
        if (!keys.revoke(employerId, keyId)) {
            throw new NotFoundException("API key", keyId);
        }
        return ResponseEntity.noContent().build();
    }

    private void requireEmployer(UUID employerId) {
        if (!employers.exists(employerId)) {
            throw new NotFoundException("Employer", employerId);
        }
    }
}
