package org.loyaldesk.knowledge.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loyaldesk.knowledge.Category;

/** Categories by id, so a row of articles names each one's category without a query per row. */
final class CategoryNames {

    private CategoryNames() {
    }

    static Map<Long, Category> of(List<Category> categories) {
        return categories.stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }
}
