-- Related conversations an agent linked (one incident, one household, an issue that came back under
-- another number). Each link is stored both ways, so either conversation lists the other with one
-- indexed read.
CREATE TABLE conversation_link (
    conversation_id BIGINT                   NOT NULL REFERENCES conversation_conversation (id),
    linked_id       BIGINT                   NOT NULL REFERENCES conversation_conversation (id),
    linked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, linked_id)
);
