'use client';

import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { ApiError } from '@/lib/api-client';

/**
 * A dialog around one form: the title (and description) above, the caller's body, and the
 * submit button with Cancel below. The form inside must have the id `${id}-form`.
 */
export function FormModal({
  id,
  title,
  description,
  titleIconVariant,
  variant = 'small',
  onClose,
  submitLabel,
  submitVariant = 'primary',
  isPending,
  isSubmitDisabled,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  titleIconVariant?: 'warning';
  variant?: 'small' | 'medium' | 'large';
  onClose: () => void;
  submitLabel: string;
  submitVariant?: 'primary' | 'danger';
  isPending: boolean;
  isSubmitDisabled?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Modal isOpen onClose={onClose} variant={variant} aria-labelledby={`${id}-title`}>
      <ModalHeader
        title={title}
        labelId={`${id}-title`}
        description={description}
        titleIconVariant={titleIconVariant}
      />
      <ModalBody>{children}</ModalBody>
      <ModalFooter>
        <Button
          variant={submitVariant}
          type="submit"
          form={`${id}-form`}
          isDisabled={isSubmitDisabled}
          isLoading={isPending}
        >
          {submitLabel}
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

/**
 * Why a request failed, where no field shows it: the API's 4xx answers name their fields
 * (shown there), anything else is shown here.
 */
export function RequestErrorAlert({ title, error }: { title: string; error: Error | null }) {
  if (!error || (error instanceof ApiError && error.status < 500)) return null;
  return (
    <Alert variant="danger" isInline title={title}>
      {error.message}
    </Alert>
  );
}
