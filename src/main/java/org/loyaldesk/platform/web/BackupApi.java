package org.loyaldesk.platform.web;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.DatabaseBackup;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Backups of the embedded database while Loyaldesk runs (admin). */
@RestController
@Tag(name = "Backups")
class BackupApi {

    private final DatabaseBackup backups;
    private final AuditLog audit;

    BackupApi(DatabaseBackup backups, AuditLog audit) {
        this.backups = backups;
        this.audit = audit;
    }

    record BackupView(String file, long bytes) {
    }

    @PostMapping("/api/v1/backups")
    @Operation(summary = "Make a consistent backup of the embedded database now",
        description = "Writes a zip into the data directory's backups folder and answers its path. To restore: stop "
            + "Loyaldesk, unzip it into <data-dir>/db and start. On PostgreSQL this answers 422: use pg_dump.")
    ResponseEntity<BackupView> create() {
        DatabaseBackup.Backup backup = backups.create();
        audit.record("backup.created", "backup", backup.file().getFileName().toString(), backup.bytes() + " bytes");
        return ResponseEntity.status(HttpStatus.CREATED).body(new BackupView(backup.file().toAbsolutePath().toString(), backup.bytes()));
    }
}
