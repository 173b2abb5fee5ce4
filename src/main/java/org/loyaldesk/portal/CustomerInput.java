package org.loyaldesk.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.platform.StorableText;
import org.springframework.web.multipart.MultipartFile;

/** What a customer typed or attached on the portal, checked before anything is filed. */
final class CustomerInput {

    static final int MAX_TEXT = 10_000;
    static final int MAX_SUBJECT = 200;
    static final int MAX_FILES = 10;

    private CustomerInput() {
    }

    /** Which field is wrong, as a message key of the portal bundle; null when the message can be sent. */
    static String problem(String subject, String text, MultipartFile[] files) {
        if (text == null || text.isBlank()) {
            return "portal.error.text";
        }
        if (text.length() > MAX_TEXT || (subject != null && subject.length() > MAX_SUBJECT)) {
            return "portal.error.long";
        }
        if (!StorableText.isStorable(text) || !StorableText.isStorable(subject)) {
            return "portal.error.characters";
        }
        List<MultipartFile> attached = attached(files);
        if (attached.size() > MAX_FILES) {
            return "portal.error.files";
        }
        if (attached.stream().mapToLong(MultipartFile::getSize).sum() > AttachedFile.MAX_TOTAL_BYTES) {
            return "portal.error.filesTooLarge";
        }
        return null;
    }

    static List<AttachedFile> files(MultipartFile[] files) {
        List<AttachedFile> read = new ArrayList<>();
        for (MultipartFile file : attached(files)) {
            try {
                read.add(new AttachedFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read;
    }

    static String subject(String subject) {
        return subject == null || subject.isBlank() ? null : subject.strip();
    }

    /** Browsers send an empty part when no file was chosen: that is no file. */
    private static List<MultipartFile> attached(MultipartFile[] files) {
        return files == null ? List.of()
            : List.of(files).stream().filter(file -> file != null && !file.isEmpty()).toList();
    }
}
