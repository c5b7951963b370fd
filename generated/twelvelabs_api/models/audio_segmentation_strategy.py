from typing import Literal

AudioSegmentationStrategy = Literal["fixed"]

AUDIO_SEGMENTATION_STRATEGY_VALUES: set[AudioSegmentationStrategy] = {
    "fixed",
}


def check_audio_segmentation_strategy(value: str) -> AudioSegmentationStrategy:
    if value in AUDIO_SEGMENTATION_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_SEGMENTATION_STRATEGY_VALUES!r}")
