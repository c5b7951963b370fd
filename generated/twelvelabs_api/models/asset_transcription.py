from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcription_status import (
    TranscriptionStatus,
    check_transcription_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_warning import AnalysisWarning
    from ..models.transcription_sentence import TranscriptionSentence
    from ..models.transcription_utterance import TranscriptionUtterance
    from ..models.transcription_word import TranscriptionWord


T = TypeVar("T", bound="AssetTranscription")


@_attrs_define
class AssetTranscription:
    status: str | TranscriptionStatus
    words: list[TranscriptionWord] | Unset = UNSET
    sentences: list[TranscriptionSentence] | Unset = UNSET
    utterances: list[TranscriptionUtterance] | Unset = UNSET
    error: AnalysisWarning | Unset = UNSET
    """ A warning or error about a generation (for example truncation); the message is not a contract. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        sentences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sentences, Unset):
            sentences = []
            for sentences_item_data in self.sentences:
                sentences_item = sentences_item_data.to_dict()
                sentences.append(sentences_item)

        utterances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.utterances, Unset):
            utterances = []
            for utterances_item_data in self.utterances:
                utterances_item = utterances_item_data.to_dict()
                utterances.append(utterances_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if words is not UNSET:
            field_dict["words"] = words
        if sentences is not UNSET:
            field_dict["sentences"] = sentences
        if utterances is not UNSET:
            field_dict["utterances"] = utterances
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_warning import AnalysisWarning  # noqa: PLC0415
        from ..models.transcription_sentence import TranscriptionSentence  # noqa: PLC0415
        from ..models.transcription_utterance import TranscriptionUtterance  # noqa: PLC0415
        from ..models.transcription_word import TranscriptionWord  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> str | TranscriptionStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_transcription_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TranscriptionStatus, data)

        status = _parse_status(d.pop("status"))

        _words = d.pop("words", UNSET)
        words: list[TranscriptionWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = TranscriptionWord.from_dict(words_item_data)

                words.append(words_item)

        _sentences = d.pop("sentences", UNSET)
        sentences: list[TranscriptionSentence] | Unset = UNSET
        if _sentences is not UNSET:
            sentences = []
            for sentences_item_data in _sentences:
                sentences_item = TranscriptionSentence.from_dict(sentences_item_data)

                sentences.append(sentences_item)

        _utterances = d.pop("utterances", UNSET)
        utterances: list[TranscriptionUtterance] | Unset = UNSET
        if _utterances is not UNSET:
            utterances = []
            for utterances_item_data in _utterances:
                utterances_item = TranscriptionUtterance.from_dict(utterances_item_data)

                utterances.append(utterances_item)

        _error = d.pop("error", UNSET)
        error: AnalysisWarning | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AnalysisWarning.from_dict(_error)

        asset_transcription = cls(
            status=status,
            words=words,
            sentences=sentences,
            utterances=utterances,
            error=error,
        )

        asset_transcription.additional_properties = d
        return asset_transcription

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
