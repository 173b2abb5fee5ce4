-- Values an installation makes once and all its nodes share: its instance id (the loop marker on
-- outbound mail), signing secrets.
CREATE TABLE platform_setting (
    name  VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
