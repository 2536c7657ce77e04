'use client';

import { Button, Form, FormGroup, Modal, ModalBody, ModalFooter, ModalHeader, TextInput } from '@patternfly/react-core';
import { useId, useState } from 'react';

/**
 * A confirmation dialog. With `typeToConfirm`, the action stays disabled until that
 * exact text is typed (used for archive and delete).
 */
export function ConfirmModal({
  title,
  body,
  confirmLabel,
  variant = 'primary',
  typeToConfirm,
  isPending,
  onConfirm,
  onClose,
}: {
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  variant?: 'primary' | 'danger';
  typeToConfirm?: string;
  isPending?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const id = useId();
  const ready = typeToConfirm === undefined || typed === typeToConfirm;
  return (
    <Modal isOpen onClose={onClose} variant="small" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <ModalHeader
        title={title}
        labelId={`${id}-title`}
        titleIconVariant={variant === 'danger' ? 'warning' : undefined}
      />
      <ModalBody id={`${id}-body`}>
        {body}
        {typeToConfirm !== undefined && (
          <Form
            onSubmit={(e) => {
              e.preventDefault();
              if (ready) onConfirm();
            }}
          >
            <FormGroup label={`Type "${typeToConfirm}" to confirm`} fieldId={`${id}-confirm`}>
              <TextInput id={`${id}-confirm`} value={typed} onChange={(_e, v) => setTyped(v)} autoComplete="off" />
            </FormGroup>
          </Form>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant={variant} onClick={onConfirm} isDisabled={!ready || isPending} isLoading={isPending}>
          {confirmLabel}
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
