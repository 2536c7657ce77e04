'use client';

import { Button, Content, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { ExternalLinkAltIcon } from '@patternfly/react-icons';
import { useId } from 'react';
import { routes } from '@/lib/routes';

/**
 * Shown when the API answers 401 to a page that was signed in: the session ended (it
 * expired, or the user signed out in another tab). Signing in again in a new tab keeps
 * whatever was typed on this page, so the user can come back and save it.
 */
export function SessionExpiredModal({ onClose }: { onClose: () => void }) {
  const id = useId();
  const here = () => `${window.location.pathname}${window.location.search}`;
  return (
    <Modal isOpen onClose={onClose} variant="small" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <ModalHeader title="Your session has ended" labelId={`${id}-title`} titleIconVariant="warning" />
      <ModalBody id={`${id}-body`}>
        <Content component="p">
          The server no longer knows you, so your last change was not saved. Sign in again in a new tab, then come back
          and try again: what you typed on this page is kept. Signing in here reloads this page instead.
        </Content>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          component="a"
          href={routes.login(routes.home())}
          target="_blank"
          rel="noopener"
          icon={<ExternalLinkAltIcon />}
          iconPosition="end"
        >
          Sign in in a new tab
        </Button>
        <Button variant="secondary" onClick={() => window.location.assign(routes.login(here()))}>
          Sign in here
        </Button>
        <Button variant="link" onClick={onClose}>
          Back to the page
        </Button>
      </ModalFooter>
    </Modal>
  );
}
