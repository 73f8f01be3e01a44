"""Uploaded documents on disk: outside the web root, random names, type from the content."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

# Magic numbers of the only accepted types; the client's file name and type are ignored.
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
)
STORED_NAME = re.compile(r"^[0-9a-f]{32}\.(pdf|jpg|png)$")
# Errors that mean "the volume is full", not "the code is wrong": the newcomer may retry later.
STORAGE_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})

logger = logging.getLogger(__name__)


class UploadRejected(ValueError):
    """Raised when an upload is empty, too large, not a PDF, JPEG or PNG by content, or when the
    upload volume is full (code `storage_full`: nothing was kept, the newcomer retries later)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class StoredFile:
    stored_name: str
    content_type: str
    size: int
    sha256: str


def upload_dir() -> Path:
    return Path(getattr(settings, "LOTSE_UPLOAD_DIR", Path(settings.DATA_DIR) / "uploads"))


def upload_max_bytes() -> int:
    return int(getattr(settings, "LOTSE_UPLOAD_MAX_BYTES", 10 * 1024 * 1024))


def sniff(head: bytes) -> tuple[str, str] | None:
    for magic, content_type, extension in SIGNATURES:
        if head.startswith(magic):
            return content_type, extension
    return None


FILE_MODE = 0o600
DIRECTORY_MODE = 0o700


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, FILE_MODE)


def _private_directory(directory: Path) -> None:
    """The upload folder exists and is 0700 (also one made by an older version as 0755)."""
    directory.mkdir(parents=True, exist_ok=True, mode=DIRECTORY_MODE)
    if directory.stat().st_mode & 0o777 != DIRECTORY_MODE:
        directory.chmod(DIRECTORY_MODE)


def document_store(upload: UploadedFile) -> StoredFile:
    """Check and write the upload; the caller records it. Never trusts name or declared type."""
    limit = upload_max_bytes()
    if upload.size is not None and upload.size > limit:
        raise UploadRejected("too_large", "The file is larger than the limit.")
    chunks = upload.chunks()
    head = b""
    first: list[bytes] = []
    for chunk in chunks:
        first.append(chunk)
        head += chunk
        if len(head) >= 16:
            break
    kind = sniff(head)
    if kind is None:
        raise UploadRejected("wrong_type", "Only PDF, JPEG and PNG files are accepted.")
    content_type, extension = kind
    directory = upload_dir()
    stored_name = f"{secrets.token_hex(16)}.{extension}"
    path = directory / stored_name
    digest = hashlib.sha256()
    size = 0
    try:
        _private_directory(directory)
        # Created 0600 (a umask only takes bits away): readable by the service user only.
        with open(path, "xb", opener=_private_opener) as target:
            for chunk in (*first, *chunks):
                size += len(chunk)
                if size > limit:
                    raise UploadRejected("too_large", "The file is larger than the limit.")
                digest.update(chunk)
                target.write(chunk)
            # A full disk may only show when buffers reach it: before the caller records it.
            target.flush()
            os.fsync(target.fileno())
    except OSError as exc:
        path.unlink(missing_ok=True)
        if exc.errno in STORAGE_FULL_ERRNOS:
            logger.warning(
                "upload refused: storage full (%s)", errno.errorcode.get(exc.errno or 0, "?")
            )
            raise UploadRejected(
                "storage_full", "We cannot store files right now. Please try again later."
            ) from exc
        raise
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return StoredFile(stored_name, content_type, size, digest.hexdigest())


def document_path(stored_name: str) -> Path:
    """The file of a stored name; names that are not ours never reach the file system."""
    if not STORED_NAME.match(stored_name):
        raise ValueError("not a stored document name")
    return upload_dir() / stored_name


def document_delete(stored_name: str) -> None:
    with contextlib.suppress(ValueError):
        document_path(stored_name).unlink(missing_ok=True)
