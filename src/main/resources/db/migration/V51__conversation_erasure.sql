-- when a conversation's texts were erased (GDPR erasure of its customer, or the retention period):
-- the row stays, without anything personal, for the counts dashboards show
ALTER TABLE conversation_conversation ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX conversation_retention ON conversation_conversation (erased_at, solved_at);
