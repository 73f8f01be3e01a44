"""Search index tables: postings per city and term, passages with stored embeddings, misses.

The database is the index's source of truth. Each web process keeps a read-only copy of a
city's index in memory and reloads it when the city's `generation` changes, so several
processes stay consistent without sharing memory.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from lotse.catalog.models import Service
from lotse.core.models import City


class SearchIndexState(models.Model):
    """Per city: a token renewed on every index change, so caches know when to reload. A
    random token, not a counter: a rolled-back change can never be mistaken for a later one."""

    city = models.OneToOneField(City, on_delete=models.CASCADE, related_name="search_state")
    generation = models.CharField(max_length=32, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.city.slug} @ {self.generation}"


class SearchDocument(models.Model):
    """One indexed service: its BM25 length and the digest of the content it was built from."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="+")
    service = models.OneToOneField(Service, on_delete=models.CASCADE, related_name="search_doc")
    length = models.FloatField(help_text="Weighted number of tokens (BM25 document length).")
    digest = models.CharField(max_length=64, help_text="Digest of the indexed texts.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["city"])]

    def __str__(self) -> str:
        return str(self.service)


class SearchPosting(models.Model):
    """Inverted index: a term of a city occurs in a service with a field-weighted frequency."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=64)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="+")
    weight = models.FloatField()
    languages = models.CharField(
        max_length=40, help_text="Comma-separated languages whose texts hold the term."
    )

    class Meta:
        indexes = [models.Index(fields=["city", "term"])]
        constraints = [
            models.UniqueConstraint(fields=["service", "term"], name="search_posting_unique"),
            models.CheckConstraint(condition=models.Q(weight__gt=0), name="search_posting_weight"),
        ]

    def __str__(self) -> str:
        return f"{self.term} -> {self.service_id}"


class SearchEmbedding(models.Model):
    """A stored passage embedding, keyed by the digest of (model, text): computed once."""

    digest = models.CharField(max_length=64, unique=True)
    model = models.CharField(max_length=64)
    vector = models.BinaryField(help_text="float16 little-endian, L2-normalised.")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.model}:{self.digest[:12]}"


class SearchPassage(models.Model):
    """A short text of a service in one language that the semantic index embeds."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="+")
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="search_passages")
    language = models.CharField(max_length=8)
    text = models.TextField()
    digest = models.CharField(
        max_length=64, help_text="Digest of (model, text): the embedding key."
    )

    class Meta:
        indexes = [models.Index(fields=["city"]), models.Index(fields=["digest"])]

    def __str__(self) -> str:
        return f"{self.service} [{self.language}]"


class SearchMiss(models.Model):
    """A search without a good answer: query text only (no IP, no user), to show content gaps."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="+")
    query = models.CharField(max_length=300)
    language = models.CharField(max_length=8)
    top_score = models.FloatField(null=True, blank=True)
    top_service = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("search without a good answer")
        verbose_name_plural = _("searches without a good answer")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["city", "created_at"])]

    def __str__(self) -> str:
        return self.query


class AnswerFeedback(models.Model):
    """ "Was this helpful?" on an answer: the question text, which fact was shown and the
    vote. The asker's address is kept only as a keyed hash for the rate limit (no IP, no
    user)."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="+")
    query = models.CharField(max_length=300)
    language = models.CharField(max_length=8)
    service = models.CharField(max_length=64)
    module = models.CharField(max_length=32)
    helpful = models.BooleanField()
    address_hash = models.CharField(max_length=64, help_text="Keyed hash, for the rate limit.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["city", "created_at"]),
            models.Index(fields=["address_hash", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.service}/{self.module}: {'yes' if self.helpful else 'no'}"
