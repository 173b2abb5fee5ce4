package org.loyaldesk.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** The categories and sections the help centre is arranged in. */
@Service
public class Categories {

    private static final String COLUMNS = "id, parent_id, position, slug_nl, slug_en, name_nl, name_en, description_nl, "
        + "description_en";
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 1000;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Categories(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Category> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_category ORDER BY position, id").query(Categories::map).list();
    }

    public Optional<Category> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_category WHERE id = ?").param(id).query(Categories::map)
            .optional();
    }

    public Optional<Category> bySlug(Language language, String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_category WHERE slug_" + language.code() + " = ?")
            .param(slug).query(Categories::map).optional();
    }

    public Category create(CategoryInput input) {
        if (input.parentId() != null && find(input.parentId()).isEmpty()) {
            throw new IllegalArgumentException("There is no category " + input.parentId() + " to be a section of");
        }
        String slugNl = Slugs.checked(required(input.slugNl(), "slugNl"));
        String slugEn = Slugs.checked(required(input.slugEn(), "slugEn"));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO knowledge_category (parent_id, position, slug_nl, slug_en, name_nl, name_en, "
                    + "description_nl, description_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(input.parentId(), input.position() == null ? 100 : input.position(), slugNl, slugEn,
                    name(input.nameNl(), "nameNl"), name(input.nameEn(), "nameEn"),
                    description(input.descriptionNl()), description(input.descriptionEn()))
                .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Another category already has the slug '" + slugNl + "' or '" + slugEn + "'");
        }
        long id = key.getKey().longValue();
        audit.record("category.created", "category", id, slugEn);
        return find(id).orElseThrow(() -> new NotFoundException("Category", id));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value;
    }

    private static String name(String value, String field) {
        String name = required(value, field).strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("'" + field + "' is at most " + MAX_NAME + " characters");
        }
        return name;
    }

    private static String description(String value) {
        if (value != null && value.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("A description is at most " + MAX_DESCRIPTION + " characters");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        return new Category(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getInt("position"),
            rs.getString("slug_nl"), rs.getString("slug_en"), rs.getString("name_nl"), rs.getString("name_en"),
            rs.getString("description_nl"), rs.getString("description_en"));
    }
}
