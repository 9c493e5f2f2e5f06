package nl.wegwijs.expertpool.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A session as the API shows it; {@code invitations} only on a single session. */
record SessionView(
        UUID id,
        String theme,
        String title,
        OffsetDateTime startsAt,
        String language,
        String location,
        boolean online,
        int capacity,
        Counts counts,
        boolean full,
        String minutes,
        OffsetDateTime minutesUpdatedAt,
        OffsetDateTime heldAt,
        OffsetDateTime createdAt,
        List<InvitationView> invitations) {

    record Counts(int invited, int accepted, int declined, int cancelled, int attended) {}

    record InvitationView(
            UUID expertId,
            String name,
            Invitation.Status status,
            OffsetDateTime invitedAt,
            OffsetDateTime repliedAt,
            boolean attended) {}

    static SessionView of(Session s, List<Invitation> invitations, boolean withInvitations) {
        Counts counts = new Counts(
                count(invitations, Invitation.Status.INVITED),
                count(invitations, Invitation.Status.ACCEPTED),
                count(invitations, Invitation.Status.DECLINED),
                count(invitations, Invitation.Status.CANCELLED),
                (int) invitations.stream().filter(Invitation::attended).count());
        return new SessionView(
                s.id(),
                s.theme(),
                s.title(),
                s.startsAt(),
                s.language(),
                s.location(),
                s.online(),
                s.capacity(),
                counts,
                counts.accepted() >= s.capacity(),
                s.minutes(),
                s.minutesUpdatedAt(),
                s.heldAt(),
                s.createdAt(),
                withInvitations
                        ? invitations.stream()
                                .map(i -> new InvitationView(
                                        i.expertId(), i.name(), i.status(), i.invitedAt(), i.repliedAt(), i.attended()))
                                .toList()
                        : null);
    }

    private static int count(List<Invitation> invitations, Invitation.Status status) {
        return (int) invitations.stream().filter(i -> i.status() == status).count();
    }
}
