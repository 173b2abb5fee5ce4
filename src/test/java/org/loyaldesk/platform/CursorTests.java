package org.loyaldesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorTests {

    @Test
    void aCursorGivesBackTheKeysItWasMadeOf() {
        String cursor = Cursor.encode(2, "2026-11-22T10:00Z", 42L);

        assertThat(Cursor.decode(cursor, 3)).containsExactly("2", "2026-11-22T10:00Z", "42");
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    /** The inbox sorted by due time pages past conversations without one: an empty key keeps its place. */
    @Test
    void anEmptyFirstKeyComesBackEmpty() {
        assertThat(Cursor.decode(Cursor.encode("", 42L), 2)).containsExactly("", "42");
    }

    @Test
    void aTamperedCursorIsRefused() {
        assertThatThrownBy(() -> Cursor.decode("%%%", 3)).isInstanceOf(Cursor.InvalidCursorException.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode(1, 2), 3)).isInstanceOf(Cursor.InvalidCursorException.class);
    }
}
