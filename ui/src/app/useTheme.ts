import { useEffect } from "react";
import { useQuery } from "@tanstack/react-query";

import { api } from "../api";

/** Puts the saved theme on the page (`system` leaves it to prefers-color-scheme). */
export function useTheme(): void {
  const settings = useQuery({ queryKey: ["settings"], queryFn: api.settings });
  const theme = settings.data?.theme;
  useEffect(() => {
    if (theme && theme !== "system") document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}
