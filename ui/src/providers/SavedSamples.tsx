import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "../api";

interface Props {
  provider: string;
  event: string;
  body: string;
  onLoad: (body: string) => void;
}

/** The user's named samples of this event: save the editor's text, load or delete one. */
export function SavedSamples({ provider, event, body, onLoad }: Props) {
  const queryClient = useQueryClient();
  const key = ["saved-samples", provider];
  const saved = useQuery({ queryKey: key, queryFn: () => api.savedSamples(provider) });
  const [name, setName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => api.saveSample(provider, { event, name, body }),
    onSuccess: (sample) => {
      setMessage(`Saved “${sample.name}”.`);
      setName("");
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => setMessage(error.message),
  });
  const remove = useMutation({
    mutationFn: api.deleteSample,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
    onError: (error) => setMessage(error.message),
  });
  const mine = (saved.data ?? []).filter((s) => s.event === event);
  return (
    <div className="saved-samples" data-testid="saved-samples">
      <form
        className="save-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) save.mutate();
        }}
      >
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name this sample to save it" aria-label="Sample name" maxLength={100} />
        <button type="submit" disabled={!name.trim() || save.isPending}>Save sample</button>
      </form>
      {message && <p className="muted" role="status">{message}</p>}
      {mine.length > 0 && (
        <ul className="plain-list saved-list">
          {mine.map((s) => (
            <li key={s.id}>
              <span className="mono">{s.name}</span>
              <button type="button" onClick={() => onLoad(s.body)}>Load</button>
              <button type="button" onClick={() => remove.mutate(s.id)} aria-label={`Delete ${s.name}`}>Delete</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
