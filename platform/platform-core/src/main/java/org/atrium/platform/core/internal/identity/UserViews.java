package org.atrium.platform.core.internal.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.core.internal.persistence.PostEntity;
import org.atrium.platform.core.internal.persistence.UserEntity;

/** Maps user rows to the API's views, in as few queries as a page needs. */
public final class UserViews {

    private UserViews() {
    }

    /** @return summaries of the users, in the order of {@code users} */
    public static List<UserSummary> summaries(EntityManager em, List<UserEntity> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        List<Long> ids = users.stream().map(UserEntity::getId).toList();
        List<Long> unitIds = users.stream().map(UserEntity::getPrimaryUnitId).distinct().toList();
        Map<Long, String> unitNames = pairs(em.createQuery(
                "SELECT o.id, o.name FROM OrgUnitEntity o WHERE o.id IN :ids", Object[].class)
                .setParameter("ids", unitIds).getResultList());
        Map<Long, String> positionNames = pairs(em.createQuery("SELECT p.userId, pos.name FROM PostEntity p, "
                + "PositionEntity pos WHERE p.positionId = pos.id AND p.primary = :yes AND p.userId IN :ids", Object[].class)
                .setParameter("ids", ids).setParameter("yes", Boolean.TRUE).getResultList());
        return users.stream().map(u -> new UserSummary(u.getId(), u.getLogin(), u.getDisplayName(),
                u.getPrimaryUnitId(), unitNames.get(u.getPrimaryUnitId()), positionNames.get(u.getId()),
                u.getEmail(), u.getMobile(), u.isEnabled())).toList();
    }

    /** @return the summary of one user */
    public static Optional<UserSummary> summary(EntityManager em, long userId) {
        UserEntity user = em.find(UserEntity.class, userId);
        return user == null ? Optional.empty() : Optional.of(summaries(em, List.of(user)).get(0));
    }

    /** @return the users with these ids, in no particular order */
    public static List<UserEntity> users(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.id IN :ids", UserEntity.class)
                .setParameter("ids", ids).getResultList();
    }

    /** @return the posts of a user, the primary one first */
    public static List<Post> posts(EntityManager em, long userId) {
        return em.createQuery("SELECT p FROM PostEntity p WHERE p.userId = :u ORDER BY p.primary DESC, p.id",
                PostEntity.class).setParameter("u", userId).getResultList().stream()
                .map(p -> new Post(p.getUnitId(), p.getPositionId(), p.isPrimary())).toList();
    }

    private static Map<Long, String> pairs(List<Object[]> rows) {
        Map<Long, String> map = new HashMap<>();
        rows.forEach(r -> map.put(((Number) r[0]).longValue(), (String) r[1]));
        return map;
    }
}
