import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import type { SiteBuildStatus } from './types';

/** Polls the site's build status every few seconds while a panel shows it; `rebuild` asks for one now. */
export function useSiteBuild(pollMs = 3000) {
  const { get, post } = useFetchClient();
  const [status, setStatus] = useState<SiteBuildStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [requesting, setRequesting] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const { data } = await get<SiteBuildStatus>('/admin/site-build/status');
      setStatus(data);
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, [get]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), pollMs);
    return () => clearInterval(timer);
  }, [refresh, pollMs]);

  const rebuild = useCallback(async () => {
    setRequesting(true);
    try {
      await post('/admin/site-build/rebuild', {});
      await refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setRequesting(false);
    }
  }, [post, refresh]);

  return { status, error, requesting, rebuild };
}
