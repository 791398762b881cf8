-- Users, their roles, and the audit trail.

CREATE TABLE app_user (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username           VARCHAR(60)  NOT NULL,
    password_hash      VARCHAR(255) NOT NULL COMMENT 'DelegatingPasswordEncoder format, e.g. {bcrypt}$2y$10$...',
    display_name       VARCHAR(100) NOT NULL,
    email              VARCHAR(200) NULL,
    park_id            BIGINT       NULL COMMENT '园区运营方的园区范围 (PARK_OPERATOR)',
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_login_count INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(3)  NULL,
    last_login_at      DATETIME(3)  NULL,
    preferred_locale   VARCHAR(10)  NULL COMMENT 'zh-CN, en ...',
    created_at         DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at         DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_park FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT ck_app_user_failed_logins CHECK (failed_login_count >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE app_user COMMENT = '用户 users of the CRM';

CREATE INDEX ix_app_user_park ON app_user (park_id);

CREATE TABLE app_user_role (
    user_id BIGINT NOT NULL,
    role    ENUM('STAFF','DIRECTOR','PARK_OPERATOR','ADMIN') NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE app_user_role COMMENT = '用户角色 roles of a user';

-- Append-only: no version. username is kept when the user row is deleted.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    user_id        BIGINT       NULL,
    username       VARCHAR(60)  NULL,
    action         VARCHAR(40)  NOT NULL COMMENT 'CREATE, UPDATE, DELETE, STAGE_CHANGE, LOGIN, LOGIN_FAILED, EXPORT, ...',
    entity_type    VARCHAR(40)  NULL,
    entity_id      BIGINT       NULL,
    details        TEXT         NULL COMMENT 'field-level before/after',
    client_address VARCHAR(64)  NULL,
    CONSTRAINT fk_audit_event_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE audit_event COMMENT = '审计日志 audit trail (append-only)';

CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_username ON audit_event (username, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_user ON audit_event (user_id);
