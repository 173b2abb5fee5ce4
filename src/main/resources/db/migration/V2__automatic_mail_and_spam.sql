-- Mail a program sent (out-of-office, notifications) is filed but never reopens a conversation or
-- counts as the customer waiting; spam is kept, out of every view but the spam view.
ALTER TABLE conversation_conversation ADD COLUMN spam BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX conversation_inbox_spam ON conversation_conversation (spam, priority, queue_since, id);

ALTER TABLE conversation_message ADD COLUMN automatic BOOLEAN DEFAULT FALSE NOT NULL;
-- a reply that goes to everyone on the conversation (reply-all), not only to the customer
ALTER TABLE conversation_message ADD COLUMN to_everyone BOOLEAN DEFAULT FALSE NOT NULL;
