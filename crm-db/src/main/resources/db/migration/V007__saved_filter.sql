-- Saved filters per user ("my Korean auto-parts targets"), for the investor list and later others.
CREATE TABLE saved_filter (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    INT           NOT NULL DEFAULT 0,
    user_id    BIGINT        NOT NULL,
    list_name  VARCHAR(40)   NOT NULL COMMENT 'which list: investors, projects, ...',
    name       VARCHAR(100)  NOT NULL,
    criteria   VARCHAR(2000) NOT NULL COMMENT 'key=value pairs, URL-encoded, joined by &',
    created_at DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_saved_filter_name UNIQUE (user_id, list_name, name),
    CONSTRAINT fk_saved_filter_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
