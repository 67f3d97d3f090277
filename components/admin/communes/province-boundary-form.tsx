'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { uploadProvinceBoundaryAction } from '@/lib/actions/province-boundary';
import { useActionForm } from '../use-action-form';

/** Uploads an official GeoJSON boundary: the file is read here and sent as text to the action. */
export function ProvinceBoundaryForm() {
  const { onSubmit, pending, errors, formKey } = useActionForm(uploadProvinceBoundaryAction, { refresh: true });
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const inputId = useId();
  const error = readError ?? errors?.geojson?.[0];
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Tải lên ranh giới tỉnh">
      <div>
        <label htmlFor={inputId} className="block text-sm font-semibold">
          Tệp ranh giới (GeoJSON, kinh độ/vĩ độ WGS 84)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className="mt-1 block text-sm"
          onChange={async (event) => {
            const picked = event.target.files?.[0];
            setReadError(null);
            setFile(null);
            if (!picked) return;
            if (picked.size > 8 * 1024 * 1024) {
              setReadError('Tệp lớn hơn 8 MB: hãy đơn giản hoá ranh giới trước khi tải lên.');
              return;
            }
            setFile({ name: picked.name, text: await picked.text() });
          }}
        />
        {error && (
          <p id={`${inputId}-error`} className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <input type="hidden" name="geojson" value={file?.text ?? ''} />
      <input type="hidden" name="fileName" value={file?.name ?? ''} />
      <Button type="submit" pending={pending} disabled={!file}>
        Tải lên ranh giới
      </Button>
    </form>
  );
}
