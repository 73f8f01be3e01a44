"""A full upload volume: a clear 507 for the newcomer, no partial file, nothing recorded."""

from __future__ import annotations

import errno
import io
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from lotse.cases import services
from lotse.cases.models import Document, TaskEvent
from lotse.cases.storage import UploadRejected, document_store

from .conftest import PDF

pytestmark = pytest.mark.django_db

BIG_PDF = PDF + b"0" * 200_000


class FillingDisk(io.FileIO):
    """A file whose volume fills up after `room` bytes, like a real disk-full write."""

    room = 70_000
    error = errno.ENOSPC
    partial_sizes: list[int] = []

    def write(self, data):
        if self.tell() + len(data) > self.room:
            super().write(bytes(data)[: max(0, self.room - self.tell())])
            FillingDisk.partial_sizes.append(self.tell())
            raise OSError(self.error, "No space left on device")
        return super().write(data)


def open_on_full_disk(path, mode="r", *args, **kwargs):
    assert mode == "xb"
    return FillingDisk(path, "x")


@pytest.fixture
def waiting(case, people):
    _registration, permit = case.tasks
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Passport"]
    )
    return case, request


def chunked_upload() -> SimpleUploadedFile:
    upload = SimpleUploadedFile("passport.pdf", BIG_PDF, "application/pdf")
    upload.DEFAULT_CHUNK_SIZE = 16 * 1024  # several chunks: the disk fills in the middle
    return upload


def test_a_full_disk_while_writing_leaves_no_partial_file(upload_dir):
    FillingDisk.partial_sizes = []
    with (
        mock.patch("lotse.cases.storage.open", open_on_full_disk, create=True),
        pytest.raises(UploadRejected) as raised,
    ):
        document_store(chunked_upload())
    assert raised.value.code == "storage_full"
    assert FillingDisk.partial_sizes == [FillingDisk.room]  # a partial file did exist
    assert list(upload_dir.iterdir()) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT])
def test_the_newcomer_gets_a_clear_507_and_nothing_is_recorded(waiting, upload_dir, code):
    case, request = waiting
    events_before = TaskEvent.objects.count()

    with (
        mock.patch.object(FillingDisk, "error", code),
        mock.patch("lotse.cases.storage.open", open_on_full_disk, create=True),
    ):
        response = Client().post(
            f"/en/my-case/{case.token}/", {"request": str(request.pk), "file": chunked_upload()}
        )
    assert response.status_code == 507
    assert "try again later" in response.content.decode()
    assert list(upload_dir.iterdir()) == []
    assert not Document.objects.exists()
    assert TaskEvent.objects.count() == events_before
    request.refresh_from_db()
    assert request.fulfilled_at is None


def test_after_the_disk_has_room_again_the_same_upload_works(waiting, upload_dir):
    case, request = waiting
    with mock.patch("lotse.cases.storage.open", open_on_full_disk, create=True):
        refused = Client().post(
            f"/en/my-case/{case.token}/", {"request": str(request.pk), "file": chunked_upload()}
        )
    accepted = Client().post(
        f"/en/my-case/{case.token}/", {"request": str(request.pk), "file": chunked_upload()}
    )
    assert (refused.status_code, accepted.status_code) == (507, 302)
    (stored,) = list(upload_dir.iterdir())
    assert stored.stat().st_size == len(BIG_PDF)
    assert Document.objects.get().size == len(BIG_PDF)


def test_other_write_errors_are_not_disguised_as_a_full_disk(upload_dir):
    def broken(path, mode="r", *args, **kwargs):
        raise OSError(errno.EIO, "I/O error")

    with (
        mock.patch("lotse.cases.storage.open", broken, create=True),
        pytest.raises(OSError) as raised,
    ):
        document_store(chunked_upload())
    assert not isinstance(raised.value, UploadRejected)
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []
