-- A conversation at risk of losing the customer (anger, an unrecovered complaint) gets its own
-- inbox view and a badge; what puts it there is decided by the insight module.
ALTER TABLE conversation_conversation ADD COLUMN at_risk BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE conversation_conversation ADD COLUMN at_risk_reason VARCHAR(200);
CREATE INDEX conversation_inbox_at_risk ON conversation_conversation (at_risk, active, priority, queue_since, id);
