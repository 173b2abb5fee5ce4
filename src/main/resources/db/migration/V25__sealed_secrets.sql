-- secrets are stored sealed (AES-GCM, base64, with a key id): longer than the secret itself
ALTER TABLE channel_mailbox ALTER COLUMN imap_password SET DATA TYPE VARCHAR(1000);
ALTER TABLE channel_webhook ALTER COLUMN secret SET DATA TYPE VARCHAR(1000);
