-- What a customer's messages refer to (order numbers), so that a message on any channel continues
-- the conversation about the same issue and a message about another order starts its own.
CREATE TABLE conversation_reference (
    conversation_id BIGINT      NOT NULL REFERENCES conversation_conversation (id),
    reference       VARCHAR(64) NOT NULL,
    PRIMARY KEY (conversation_id, reference)
);

-- the channel the customer last wrote on: a message on another one is a channel switch on the timeline
ALTER TABLE conversation_conversation ADD COLUMN last_channel VARCHAR(16);

-- a conversation merged into another keeps its id (links, surveys and signals may name it) but none of its messages
ALTER TABLE conversation_conversation ADD COLUMN merged_into_id BIGINT;
