-- Conversations whose reading must be computed again. Events only mark them here; a worker reads
-- each one once however many events came in meanwhile, so a busy inbox does not read a
-- conversation again for every message.
CREATE TABLE insight_pending (
    conversation_id BIGINT PRIMARY KEY,
    customer_id     BIGINT  NOT NULL,
    with_neighbours BOOLEAN NOT NULL,
    since           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX insight_pending_oldest ON insight_pending (since);
