"""Task statuses in the newcomer's language (all twelve, written for this app)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lotse.catalog.selectors import fallback_order

# The same statuses as staff read them (interface language): "waiting" is waiting for the
# newcomer, not "waiting for you".
STAFF_STATUS = {
    "new": _("New"),
    "in_progress": _("In progress"),
    "waiting": _("Waiting for the newcomer"),
    "done": _("Done"),
    "cancelled": _("Cancelled"),
    "open": _("Open"),
    "closed": _("Closed"),
}
CLOSED_AS = {
    "completed": _("Complete: all tasks are done."),
    "cancelled": _("Closed: all tasks were cancelled."),
    "partly": _("Closed: some tasks done, others cancelled."),
    "erased": _("Closed and erased."),
}
EVENT_KINDS = {
    "routed": _("routed"),
    "status": _("status changed"),
    "handover": _("handed over"),
    "requested": _("documents requested"),
    "uploaded": _("document uploaded"),
    "decided": _("decided"),
    "reopened": _("reopened"),
    "assigned": _("assigned"),
    "reviewed": _("document checked"),
    "scheduled": _("appointment booked"),
    "rescheduled": _("appointment moved"),
    "unscheduled": _("appointment cancelled"),
}
RELATIONS = {
    "spouse": _("Spouse or partner"),
    "child": _("Child"),
    "parent": _("Parent"),
    "other": _("Other relative"),
}


def staff_status(status: str) -> str:
    return str(STAFF_STATUS.get(status, status))


STATUS_LABELS: dict[str, dict[str, str]] = {
    "de": {"new": "Neu", "in_progress": "In Bearbeitung", "waiting": "Wartet auf Sie",
           "done": "Erledigt", "cancelled": "Abgebrochen"},
    "en": {"new": "New", "in_progress": "In progress", "waiting": "Waiting for you",
           "done": "Done", "cancelled": "Cancelled"},
    "ar": {"new": "جديد", "in_progress": "قيد المعالجة", "waiting": "بانتظارك",
           "done": "تم", "cancelled": "أُلغي"},
    "uk": {"new": "Нове", "in_progress": "В роботі", "waiting": "Чекає на вас",
           "done": "Виконано", "cancelled": "Скасовано"},
    "ru": {"new": "Новое", "in_progress": "В работе", "waiting": "Ждёт вас",
           "done": "Выполнено", "cancelled": "Отменено"},
    "tr": {"new": "Yeni", "in_progress": "İşlemde", "waiting": "Sizi bekliyor",
           "done": "Tamamlandı", "cancelled": "İptal edildi"},
    "fa": {"new": "جدید", "in_progress": "در حال بررسی", "waiting": "منتظر شما",
           "done": "انجام شد", "cancelled": "لغو شد"},
    "pl": {"new": "Nowe", "in_progress": "W toku", "waiting": "Czeka na Ciebie",
           "done": "Załatwione", "cancelled": "Anulowane"},
    "ro": {"new": "Nou", "in_progress": "În lucru", "waiting": "Vă așteaptă",
           "done": "Finalizat", "cancelled": "Anulat"},
    "fr": {"new": "Nouveau", "in_progress": "En cours", "waiting": "En attente de vous",
           "done": "Terminé", "cancelled": "Annulé"},
    "es": {"new": "Nuevo", "in_progress": "En trámite", "waiting": "Esperando su respuesta",
           "done": "Hecho", "cancelled": "Cancelado"},
    "bg": {"new": "Ново", "in_progress": "В процес на обработка", "waiting": "Очаква Вас",
           "done": "Готово", "cancelled": "Отменено"},
    "ja": {"new": "新規", "in_progress": "処理中", "waiting": "お客様の対応待ち",
           "done": "完了", "cancelled": "取り消し済み"},
}  # fmt: skip


def status_label(status: str, language: str) -> str:
    for code in fallback_order(language):
        labels = STATUS_LABELS.get(code)
        if labels and status in labels:
            return labels[status]
    return status
