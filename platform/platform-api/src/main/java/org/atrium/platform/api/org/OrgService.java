package org.atrium.platform.api.org;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserSummary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The organisation tree of the group and the questions an approval flow asks of it. Reads are
 * open to every signed-in user (the tree itself is not secret); changes need the permission
 * {@code platform.org.manage} and are audited.
 */
@ProviderType
public interface OrgService {

    /** @return the root of the tree: the group */
    OrgUnit root();

    /** @return the unit with this id, if any */
    Optional<OrgUnit> unit(long unitId);

    /** @return the direct children of a unit in their sort order */
    List<OrgUnit> children(long unitId);

    /** @return every unit in the tree, parents before children, siblings in sort order */
    List<OrgUnit> all();

    /**
     * @return the chain of units from this unit up to the root, both included: {@code [unit,
     *         parent, ..., group]}
     */
    List<OrgUnit> pathToRoot(long unitId);

    /** @return the ids of this unit and of every unit below it */
    Set<Long> subtreeIds(long unitId);

    /**
     * @return the company a unit belongs to: the nearest unit, itself included, that is not a
     *         department
     */
    OrgUnit companyOf(long unitId);

    /** @return the head (负责人) of a unit, if set */
    Optional<UserSummary> headOf(long unitId);

    /**
     * The manager of a user: the head of the user's primary unit, or, if the user heads that
     * unit, the nearest head further up.
     *
     * @return the manager, empty for the top of the group
     */
    Optional<UserSummary> managerOf(long userId);

    /**
     * @return the active users who hold the position with this code in the company's subtree
     *         (primary or part-time posts)
     */
    List<UserSummary> holdersOf(String positionCode, long companyUnitId);

    /** @return the posts of a user, the primary one first */
    List<Post> postsOf(long userId);

    /** @return every position, by name */
    List<Position> positions();

    /**
     * Creates a unit.
     *
     * @throws org.atrium.platform.api.ValidationException for a missing or duplicate code or
     *         name, or a parent that does not exist
     */
    OrgUnit createUnit(UserContext actor, long parentId, String code, String name, OrgUnitType type);

    /** Renames a unit, changes its code, type or sort order. */
    OrgUnit updateUnit(UserContext actor, long unitId, String code, String name, OrgUnitType type, int sortOrder);

    /**
     * Moves a unit with its subtree under another parent.
     *
     * @throws org.atrium.platform.api.ValidationException when the new parent is the unit itself
     *         or lies below it, or when the root would move
     */
    OrgUnit moveUnit(UserContext actor, long unitId, long newParentId);

    /** Sets or clears ({@code null}) the head of a unit. */
    OrgUnit setHead(UserContext actor, long unitId, Long headUserId);

    /**
     * Deletes an empty unit.
     *
     * @throws org.atrium.platform.api.ValidationException when the unit has children or members,
     *         or is the root
     */
    void deleteUnit(UserContext actor, long unitId);

    /** Creates a position. */
    Position createPosition(UserContext actor, String code, String name);
}
