"""Archive JSON (already checked against the schema) into model records, by the model's rules.

Every record is built through its model dataclass, so the model's own validation runs; an
error names the record by its place in the file and its uuid, and the field. References must
point at records of the same file; duplicate uuids or local ids are refused.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from bodymap.errors import BodyMapError
from bodymap.interop.archive_spec import DELETABLE, FIELDS
from bodymap.model import (
    Clinician,
    OutcomeMeasure,
    PainZone,
    Patient,
    TriggerPoint,
    ValidationError,
    Visit,
    ZonePolygon,
)
from bodymap.model.audit import AuditAction, AuditEntry
from bodymap.model.bundle import CarriedSignature, RecordFlags, Snapshot, VisitBundle
from bodymap.model.record import (
    Addendum,
    AdverseEvent,
    BilateralThoraxAcknowledgement,
    Consent,
    ElectricalParameters,
    Medications,
    NeedlingRecord,
    Plan,
    Screening,
    ScreeningAnswer,
    VisitRecord,
)


class ArchiveError(BodyMapError):
    """The archive file is not valid; the message names the record and the field."""


@contextmanager
def at(where: str) -> Iterator[None]:
    """Turn a model ValidationError inside the block into an ArchiveError naming ``where``."""
    try:
        yield
    except ValidationError as exc:
        raise ArchiveError(f"{where}: {exc}") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise ArchiveError(f"{where}: {exc}") from None


def _fields(kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: spec.load(data[name]) for name, spec in FIELDS[kind].items()}


class _ArchiveParser:
    def __init__(self, version: int) -> None:
        self.version = version
        self.uuids: dict[str, str] = {}
        self.local_ids: dict[tuple[str, int], str] = {}
        self.clinicians: dict[str, int] = {}
        self.patients: dict[str, int] = {}
        self.visits: dict[str, int] = {}

    def claim(self, kind: str, data: Mapping[str, Any], where: str) -> tuple[str, int]:
        """Register a record's uuid and local id; refuse either if already used in the file."""
        uuid, local_id = data["uuid"], data["local_id"]
        if uuid in self.uuids:
            raise ArchiveError(f"{where}: uuid {uuid} is also used by {self.uuids[uuid]}")
        self.uuids[uuid] = where
        if (kind, local_id) in self.local_ids:
            other = self.local_ids[(kind, local_id)]
            raise ArchiveError(f"{where}: local_id {local_id} is also used by {other}")
        self.local_ids[(kind, local_id)] = where
        return uuid, local_id

    def ref(self, table: Mapping[str, int], uuid: str | None, where: str, what: str) -> int | None:
        if uuid is None:
            return None
        if uuid not in table:
            raise ArchiveError(f"{where}: {what}: no {what.replace('_', ' ')} {uuid} in the file")
        return table[uuid]

    def clinician(self, data: Mapping[str, Any], where: str) -> Clinician:
        uuid, local_id = self.claim("clinician", data, where)
        with at(where):
            clinician = Clinician(id=local_id, uuid=uuid, **_fields("clinician", data))
        self.clinicians[uuid] = local_id
        return clinician

    def patient(self, data: Mapping[str, Any], where: str) -> Patient:
        uuid, local_id = self.claim("patient", data, where)
        with at(where):
            patient = Patient(id=local_id, uuid=uuid, **_fields("patient", data))
        self.patients[uuid] = local_id
        return patient

    def visit(self, data: Mapping[str, Any], where: str) -> Visit:
        uuid, local_id = self.claim("visit", data, where)
        signature = data["signature"] or {}
        patient = self.ref(self.patients, data["patient"], where, "patient")
        with at(where):
            fields = _fields("visit", data)
            signed_at = signature.get("signed_at")
            visit = Visit(
                id=local_id,
                uuid=uuid,
                patient_id=patient or 0,
                clinician_id=self.ref(self.clinicians, data["clinician"], where, "clinician"),
                signed_at=datetime.fromisoformat(signed_at) if signed_at else None,
                signed_by=self.ref(self.clinicians, signature.get("signed_by"), where, "clinician"),
                **fields,
            )
        if visit.is_signed != bool(signature):
            raise ArchiveError(f"{where}: signature: must be given exactly when status is signed")
        self.visits[uuid] = local_id
        return visit

    def bundle(self, data: Mapping[str, Any], visit: Visit, where: str) -> VisitBundle:
        visit_id = visit.id
        deleted: dict[str, datetime] = {}

        def common(kind: str, item: Mapping[str, Any], place: str) -> dict[str, Any]:
            uuid, local_id = self.claim(kind, item, place)
            if kind in DELETABLE and item["deleted_at"] is not None:
                with at(place):
                    deleted[uuid] = datetime.fromisoformat(item["deleted_at"])
            return {"id": local_id, "uuid": uuid, "visit_id": visit_id, **_fields(kind, item)}

        points: list[TriggerPoint] = []
        for n, item in enumerate(data["trigger_points"]):
            place = f"{where}.trigger_points[{n}]"
            with at(place):
                points.append(TriggerPoint(**common("trigger_point", item, place)))
        point_ids = {tp.uuid: tp.id or 0 for tp in points if tp.uuid}
        zones = []
        for n, item in enumerate(data["zones"]):
            place = f"{where}.zones[{n}]"
            values = common("zone", item, place)
            source = self.ref(point_ids, item["source_point"], place, "source_point")
            with at(place):
                polygons = tuple(
                    ZonePolygon(
                        tuple((x, y) for x, y in p["exterior"]),
                        tuple(tuple((x, y) for x, y in h) for h in p["holes"]),
                    )
                    for p in item["polygons"]
                )
                zones.append(PainZone(polygons=polygons, source_point_id=source, **values))
        measures = []
        for n, item in enumerate(data["measures"]):
            place = f"{where}.measures[{n}]"
            with at(place):
                measures.append(OutcomeMeasure(**common("measure", item, place)))
        record = self.record(data["record"], visit, point_ids, common, f"{where}.record")
        audit = tuple(
            self.audit(e, visit, f"{where}.audit[{n}]") for n, e in enumerate(data["audit"])
        )
        bundle = VisitBundle(
            visit=visit,
            trigger_points=tuple(points),
            zones=tuple(zones),
            measures=tuple(measures),
            audit=audit,
            deleted_at=deleted,
            **record,
            **self.carried(data, visit, where),
        )
        self.check_visit_rules(bundle, where)
        return bundle

    def carried(self, data: Mapping[str, Any], visit: Visit, where: str) -> dict[str, Any]:
        """Format 2: the signature and addendum hashes as stored, required on a signed visit."""
        if self.version < 2 or not visit.is_signed:
            return {}
        signature = data["signature"]
        for key in ("format", "hash", "identity", "content"):
            if key not in signature:
                raise ArchiveError(f"{where}.signature: {key}: required in format 2")
        hashes = {}
        for n, item in enumerate(data["record"]["addenda"]):
            if item.get("content_hash") is None:
                raise ArchiveError(
                    f"{where}.record.addenda[{n}]: content_hash: required in format 2"
                )
            hashes[item["uuid"]] = item["content_hash"]
        carried = CarriedSignature(
            format_version=signature["format"],
            content_hash=signature["hash"],
            signed_by=visit.signed_by,
            signed_at=visit.signed_at or datetime.min,
            identity=signature["identity"],
            content=signature["content"],
        )
        return {"signature": carried, "addendum_hashes": hashes}

    def record(
        self,
        data: Mapping[str, Any],
        visit: Visit,
        point_ids: Mapping[str, int],
        common: Any,
        where: str,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if (s := data["screening"]) is not None:
            place = f"{where}.screening"
            values = common("screening", s, place)
            with at(place):
                out["screening"] = Screening(
                    answers=tuple(
                        ScreeningAnswer(item_id=a["item"], status=a["status"], note=a["note"])
                        for a in s["answers"]
                    ),
                    medications=Medications(**s["medications"]),
                    decision=s["decision"],
                    prefilled_from_visit_id=self.ref(
                        self.visits, s["prefilled_from_visit"], place, "prefilled_from_visit"
                    ),
                    **values,
                )
        if (c := data["consent"]) is not None:
            place = f"{where}.consent"
            values = common("consent", c, place)
            obtained_by = self.ref(self.clinicians, c["obtained_by"], place, "clinician")
            with at(place):
                out["consent"] = Consent(obtained_by=obtained_by, **values)
        needling = []
        for n, item in enumerate(data["needling"]):
            place = f"{where}.needling[{n}]"
            values = common("needling", item, place)
            point = self.ref(point_ids, item["trigger_point"], place, "trigger_point")
            with at(place):
                e = item["electrical"]
                needling.append(
                    NeedlingRecord(
                        trigger_point_id=point or 0,
                        electrical=None if e is None else ElectricalParameters(**e),
                        **values,
                    )
                )
        out["needling"] = tuple(needling)
        events = []
        for n, item in enumerate(data["adverse_events"]):
            place = f"{where}.adverse_events[{n}]"
            with at(place):
                events.append(AdverseEvent(**common("adverse_event", item, place)))
        out["adverse_events"] = tuple(events)
        if (f := data["flags"]) is not None:
            out["flags"] = RecordFlags(id=f["local_id"], no_adverse_events=f["no_adverse_events"])
        if (p := data["plan"]) is not None:
            place = f"{where}.plan"
            with at(place):
                out["plan"] = Plan(**common("plan", p, place))
        if (t := data["bilateral_thorax"]) is not None:
            place = f"{where}.bilateral_thorax"
            values = common("bilateral_thorax", t, place)
            by = self.ref(self.clinicians, t["acknowledged_by"], place, "clinician")
            with at(place):
                out["bilateral_thorax"] = BilateralThoraxAcknowledgement(
                    acknowledged_by=by, **values
                )
        addenda = []
        for n, item in enumerate(data["addenda"]):
            place = f"{where}.addenda[{n}]"
            values = common("addendum", item, place)
            author = self.ref(self.clinicians, item["author"], place, "clinician")
            with at(place):
                addenda.append(Addendum(author_id=author or 0, **values))
        out["addenda"] = tuple(addenda)
        return out

    def audit(self, data: Mapping[str, Any], visit: Visit, where: str) -> AuditEntry:
        who = self.ref(self.clinicians, data["who"], where, "clinician")
        with at(where):
            return AuditEntry(
                when=datetime.fromisoformat(data["at"]),
                who=who,
                visit_id=visit.id,
                table=data["table"],
                record_id=data["record_id"],
                action=AuditAction(data["action"]),
                field=data["field"],
                old=data["old"],
                new=data["new"],
            )

    @staticmethod
    def check_visit_rules(bundle: VisitBundle, where: str) -> None:
        """Rules across a visit's records that the single dataclasses cannot check."""
        live_events = tuple(e for e in bundle.adverse_events if e.uuid not in bundle.deleted_at)
        no_events = bool(bundle.flags and bundle.flags.no_adverse_events)
        with at(f"{where}.record"):
            VisitRecord(
                visit_id=bundle.visit.id or 0,
                adverse_events=live_events,
                no_adverse_events=no_events,
            )
        if bundle.addenda and not bundle.visit.is_signed:
            raise ArchiveError(f"{where}.record.addenda: addenda belong to signed visits only")
        live_points = {tp.id for tp in bundle.trigger_points if tp.uuid not in bundle.deleted_at}
        for n, record in enumerate(bundle.needling):
            if record.uuid not in bundle.deleted_at and record.trigger_point_id not in live_points:
                raise ArchiveError(
                    f"{where}.record.needling[{n}]: trigger_point: the trigger point is deleted"
                )


def parse_snapshot(document: Mapping[str, Any]) -> Snapshot:
    """The records of a schema-valid archive document, checked by the model's rules.

    Raises:
        ArchiveError: naming the first bad record and field.
    """
    parser = _ArchiveParser(int(document["format_version"]))
    clinicians = tuple(
        parser.clinician(c, f"clinicians[{n}]") for n, c in enumerate(document["clinicians"])
    )
    patients = tuple(
        parser.patient(p, f"patients[{n}]") for n, p in enumerate(document["patients"])
    )
    # Visits first, then their content: a screening may name an earlier or later visit.
    places = [f"visits[{n}] ({v['uuid']})" for n, v in enumerate(document["visits"])]
    visits = [parser.visit(v, w) for v, w in zip(document["visits"], places, strict=True)]
    bundles = tuple(
        parser.bundle(data, visit, where)
        for data, visit, where in zip(document["visits"], visits, places, strict=True)
    )
    return Snapshot(clinicians=clinicians, patients=patients, visits=bundles)


__all__ = ["ArchiveError", "parse_snapshot"]
