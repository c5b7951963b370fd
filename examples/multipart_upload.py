"""Upload a large local file in chunks (a multipart upload), one progress line per chunk, then wait until the
asset is ready. Give the file as the first argument; without one, a 24 MiB sample is made here."""

from _settings import API_KEY  # the placeholders, filled from the environment

import os
import sys
import tempfile
from pathlib import Path

from twelvelabs_client import TwelveLabs, UploadError

client = TwelveLabs(api_key=API_KEY)

if len(sys.argv) > 1:
    path = Path(sys.argv[1])
else:
    path = Path(tempfile.mkdtemp()) / "sample.mp4"
    path.write_bytes(os.urandom(24 * 2**20))


def show(progress):
    print(f"  chunk {progress.completed_chunks}/{progress.total_chunks} ({progress.percentage:.0f}%)")


try:
    result = client.multipart_upload.upload_file(path, progress_callback=show, batch_size=5, max_workers=4)
except UploadError as error:
    # Nothing is lost: the chunks sent so far stay. Finish later with the upload id the message names:
    # client.multipart_upload.upload_file(path, upload_id="...") sends only the missing chunks.
    sys.exit(f"The upload stopped at chunk {error.chunk_index}: {error}")
print(f"Uploaded: asset id={result.asset_id}")

asset = client.assets.wait_for_done(result.asset_id, sleep_interval=5)
print(f"Asset status: {asset.status}")
